import type { SchoolConfig } from '../config/schema.ts';
import type { DoctorFinding } from '../doctor.ts';
import { classifyLarkError, createLarkClient, larkCredentialsFromEnv } from './transport.ts';

/** doctor's check of the Lark credentials: fetch a tenant token once, nothing is sent. */
export async function probeLark(_config: SchoolConfig, env: NodeJS.ProcessEnv = process.env): Promise<DoctorFinding> {
  const creds = larkCredentialsFromEnv(env);
  if (!creds) return { level: 'warn', text: '没有设置飞书凭证。' };
  const client = createLarkClient({ ...creds, timeoutMs: 5000 });
  try {
    const r = (await client.auth.tenantAccessToken.internal({ data: { app_id: creds.appId, app_secret: creds.appSecret } })) as { code?: number; msg?: string };
    if (r.code && r.code !== 0) return { level: 'error', text: `飞书应用凭证不可用（code ${r.code}：${r.msg ?? ''}），请检查 LARK_APP_ID / LARK_APP_SECRET。` };
    return { level: 'ok', text: '飞书应用凭证可用。' };
  } catch (e) {
    const err = classifyLarkError(e);
    return { level: 'error', text: `无法验证飞书凭证：${err.message}` };
  }
}
