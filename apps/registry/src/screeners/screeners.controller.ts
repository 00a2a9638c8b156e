import { Get, Inject } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Roles } from '@salw/auth';
import { ScreenerDirectoryService } from './screener-directory.service';
import { RegistryController } from '../shared/registry-controller.decorator';

/** Which screeners run which activation (from their heartbeats). */
@RegistryController('screeners')
export class ScreenersController {
  constructor(@Inject(ScreenerDirectoryService) private readonly directory: ScreenerDirectoryService) {}

  @Get()
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Running screeners, the activation each uses, and whether it is the active one' })
  running() {
    return this.directory.directory();
  }
}
