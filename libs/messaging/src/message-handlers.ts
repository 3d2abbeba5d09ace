import { Injectable, type Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { AnyEventHandler } from './jetstream-consumer';
import type { RpcServer } from './rpc';

/** A provider that serves `vt.rpc.*` actions. */
export interface RpcHandlers {
  register(server: RpcServer): void;
}

const eventHandlerMarker = DiscoveryService.createDecorator<void>();
const rpcHandlersMarker = DiscoveryService.createDecorator<void>();

/**
 * Marks an injectable event handler: being a provider of any module is then all it takes to get its own
 * durable consumer, named `<service>-<handler.name>`.
 */
export function HandlesEvent(): <C extends Type<AnyEventHandler<unknown>>>(target: C) => void {
  return (target) => {
    Injectable()(target);
    eventHandlerMarker()(target);
  };
}

/** Marks an injectable `RpcHandlers`: being a provider is all it takes to have its actions served. */
export function ServesRpc(): <C extends Type<RpcHandlers>>(target: C) => void {
  return (target) => {
    Injectable()(target);
    rpcHandlersMarker()(target);
  };
}

/** The event handlers and RPC handlers among the application's providers, each instance once. */
export function discoverMessageHandlers(discovery: DiscoveryService): {
  eventHandlers: AnyEventHandler<unknown>[];
  rpcHandlers: RpcHandlers[];
} {
  const eventHandlers = instances<AnyEventHandler<unknown>>(discovery, eventHandlerMarker.KEY);
  const byName = new Map<string, AnyEventHandler<unknown>>();
  for (const handler of eventHandlers) {
    const other = byName.get(handler.name);
    // Two handlers on one durable consumer would each see only part of the events.
    if (other && other !== handler) {
      throw new Error(
        `event handlers ${other.constructor.name} and ${handler.constructor.name} share the consumer name "${handler.name}"; each needs its own`,
      );
    }
    byName.set(handler.name, handler);
  }
  return {
    eventHandlers: [...byName.values()],
    rpcHandlers: instances<RpcHandlers>(discovery, rpcHandlersMarker.KEY),
  };
}

function instances<T>(discovery: DiscoveryService, metadataKey: string): T[] {
  const found = new Set<T>();
  for (const wrapper of discovery.getProviders({ metadataKey })) {
    // A request-scoped handler has no instance at start-up, and a consumer cannot serve a request scope.
    if (!wrapper.isDependencyTreeStatic() || !wrapper.instance) {
      throw new Error(`${wrapper.name} must be a singleton provider to handle messages`);
    }
    found.add(wrapper.instance as T);
  }
  return [...found];
}
