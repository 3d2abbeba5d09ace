import { Module } from '@nestjs/common';
import { ToegangslogController } from './http/toegangslog.controller';
import { ToegangslogRepository } from './persistence/toegangslog.repository';

/** The access log of every decryption (ADR 0023), readable by `auditor` and `privacyfunctionaris`. */
@Module({
  controllers: [ToegangslogController],
  providers: [ToegangslogRepository],
  exports: [ToegangslogRepository],
})
export class ToegangslogModule {}
