import type { Server } from 'node:http';
export const MOUNT: string;
export function serveStatic(root: string): Promise<{ server: Server; url: string }>;
