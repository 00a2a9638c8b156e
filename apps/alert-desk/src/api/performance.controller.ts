import { Controller, Get, Inject } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Roles } from '@salw/auth';
import { indicatorPerformance } from '../worklist/indicator-performance';
import { WorklistRepository } from '../worklist/worklist.repository';

/** How each indicator performs, from the officers' outcomes: for analysts tuning the risk profile. */
@ApiTags('performance')
@ApiCookieAuth()
@ApiSecurity('api-key')
@Controller('api/performance')
export class PerformanceController {
  constructor(@Inject(WorklistRepository) private readonly worklist: WorklistRepository) {}

  @Get()
  @Roles('analyst', 'supervisor', 'admin')
  @ApiOperation({
    summary: 'Hits, outcomes, seizure and false-positive rates per indicator and profile version, by day',
  })
  async performance() {
    return { indicators: indicatorPerformance(await this.worklist.performanceCounts()) };
  }
}
