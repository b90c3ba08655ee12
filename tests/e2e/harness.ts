/**
 * What both browser tests share: where things go, building the pane with the
 * e2e webpack config, and starting Debian's Chromium on a page served from localhost.
 */
import { existsSync, mkdirSync, rmSync } from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import webpack from 'webpack';
import { serve, type StaticServer } from './server';

export const ROOT = path.join(__dirname, '..', '..');
/** Screenshots go to tests/output/screenshots; `npm run screenshots` writes the ones the docs show. */
export const SHOTS = process.env.UPDATE_SCREENSHOTS ? path.join(ROOT, 'docs', 'screenshots') : path.join(ROOT, 'tests', 'output', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A task pane is narrow: it must work at this width. */
export const WIDTH = 340;

/** One build directory per test file and run: parallel runs must not delete each other's files. */
export function buildDir(name: string): string {
  return path.join(ROOT, 'tests', 'output', `${name}-${process.pid}`);
}

/** The e2e webpack config (tests/e2e/webpack.e2e.js) building into `outDir`, for a test to extend. */
export async function e2eConfig(outDir: string): Promise<webpack.Configuration> {
  rmSync(outDir, { recursive: true, force: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFn = require('./webpack.e2e.js') as (env: Record<string, string>) => Promise<webpack.Configuration>;
  return configFn({ outDir });
}

export function compile(config: webpack.Configuration): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

export interface Session {
  server: StaticServer;
  browser: Browser;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Serve `outDir` on localhost and open `pageName` in headless Chromium, without background networking. */
export async function open(outDir: string, pageName: string): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium"`);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 }, locale: 'vi-VN' });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${server.url}${pageName}`);
  mkdirSync(SHOTS, { recursive: true });
  return {
    server,
    browser,
    page,
    requests,
    pageErrors,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
