import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Roles } from '@salw/auth';
import { ScreenerDirectoryService } from './screener-directory.service';

/** Which screeners run which activation (from their heartbeats). */
@ApiTags('screeners')
@ApiCookieAuth()
@ApiSecurity('api-key')
@ApiBearerAuth()
@Controller('screeners')
export class ScreenersController {
  constructor(@Inject(ScreenerDirectoryService) private readonly directory: ScreenerDirectoryService) {}

  @Get()
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Running screeners, the activation each uses, and whether it is the active one' })
  running() {
    return this.directory.directory();
  }
}
