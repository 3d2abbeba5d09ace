export { default as serviceGenerator, type ServiceOptions } from './service/service.generator';
export {
  default as eventHandlerGenerator,
  type EventHandlerOptions,
} from './event-handler/event-handler.generator';
