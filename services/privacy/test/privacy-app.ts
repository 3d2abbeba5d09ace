import type { NatsConnection } from 'nats';
import { RpcClient } from '@vt/messaging';
import { createServiceApp } from '@vt/platform';
import { connectTestNats, createServiceTestApp, type ServiceLader, type ServiceTestApp } from '@vt/testing';

/** The privacy app, imported once the test environment is set. */
export const laadPrivacy: ServiceLader = async () => {
  const { PrivacyModule, PRIVACY_SERVICE } = await import('../src/privacy.module');
  return createServiceApp(PrivacyModule, PRIVACY_SERVICE);
};

export interface KluisMetRpc {
  privacy: ServiceTestApp;
  nc: NatsConnection;
  /** Calls `vt.rpc.privacy.*` of this app. */
  rpc: RpcClient;
  stop(): Promise<void>;
}

/** The vault on a throwaway database and stream, with an RPC client of its own. */
export async function startKluisMetRpc(label: string): Promise<KluisMetRpc> {
  const privacy = await createServiceTestApp(laadPrivacy, { label });
  const nc = await connectTestNats();
  return {
    privacy,
    nc,
    rpc: new RpcClient(nc, { subjectPrefix: privacy.env.VT_SUBJECT_PREFIX }),
    stop: async () => {
      await nc.close();
      await privacy.stop();
    },
  };
}
