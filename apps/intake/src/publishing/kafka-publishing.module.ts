import { Global, Module } from '@nestjs/common';
import { MessagingModule } from '@salw/messaging';
import { DeclarationPublisher } from './declaration-publisher';
import { KafkaDeclarationPublisher } from './kafka-declaration.publisher';

/** The real `DeclarationPublisher`: the messaging library's Kafka client and idempotent producer. */
@Global()
@Module({
  imports: [MessagingModule.forRoot({ clientId: 'salw-intake' })],
  providers: [
    KafkaDeclarationPublisher,
    { provide: DeclarationPublisher, useExisting: KafkaDeclarationPublisher },
  ],
  exports: [DeclarationPublisher],
})
export class KafkaPublishingModule {}
