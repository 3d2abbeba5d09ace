import { Controller, Get, Injectable } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  MikroOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '@vt/auth';
import { MessagingLifecycle, Nats } from '@vt/messaging';

@Injectable()
export class NatsHealthIndicator {
  constructor(
    private readonly nats: Nats,
    private readonly messaging: MessagingLifecycle,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'nats') {
    const check = this.indicator.check(key);
    if (!this.nats.isConnected()) return check.down({ message: 'not connected' });
    try {
      await this.nats.nc.flush();
    } catch {
      return check.down({ message: 'no answer' });
    }
    // A process whose consumer loop ended would look healthy while it handles no events.
    const gestopt = this.messaging.stoppedConsumers();
    return gestopt.length ? check.down({ message: 'consumers stopped', consumers: gestopt }) : check.up();
  }
}

/** Liveness says the process runs; readiness says it can do its work (database, NATS, its consumers). */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: MikroOrmHealthIndicator,
    private readonly nats: NatsHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.nats.isHealthy(),
    ]);
  }
}
