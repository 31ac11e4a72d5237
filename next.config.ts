import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { publicFiles } from "./lib/http/public-files";
import { nonPageContentSecurityPolicy, staticSecurityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time;
  // pg-boss (the scheduled jobs' queue) is CommonJS that loads the pg driver; pdfmake (the
  // letters' PDFs) reads its fonts and pdfkit's font metrics from its own package folder: all stay Node's.
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss", "pdfmake"],
  poweredByHeader: false,
  // Pages are no-store or served from the server's own cache without a validator (server.ts):
  // an ETag would only cost a hash of every page's body.
  generateEtags: false,
  experimental: {
    // Cached pages (app/statisk) are kept in memory only: a server starts with none, so what
    // it serves always comes from the database it runs with, never from an earlier run's.
    isrFlushToDisk: false,
  },
  async headers() {
    const restrictiveCsp = [{ key: "Content-Security-Policy", value: nonPageContentSecurityPolicy }];
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // Pages get their CSP, with a nonce, from the proxy; what the proxy does not answer —
      // the API, Next's assets and the site's own files — gets one that allows nothing to run.
      { source: "/api/:path*", headers: restrictiveCsp },
      { source: "/_next/:path*", headers: restrictiveCsp },
      ...[...publicFiles].map((file) => ({ source: `/${file}`, headers: restrictiveCsp })),
    ];
  },
};

export default withNextIntl(nextConfig);
