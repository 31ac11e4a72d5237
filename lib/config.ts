import { z } from "zod";

const configSchema = z.object({
  NEXTAUTH_URL: z.url({ message: "NEXTAUTH_URL must be the portal's public address, e.g. https://jobnet.dk" }),
  NEXTAUTH_SECRET: z.string().min(32, { message: "NEXTAUTH_SECRET must be at least 32 random characters" }),
  MITID_ISSUER: z.url().default("http://localhost:3001"),
  MITID_CLIENT_ID: z.string().min(1).default("jobnet"),
  MITID_CLIENT_SECRET: z.string().min(1).default("jobnet-simulator-secret"),
  MITID_CLAIM_PROFILE: z.enum(["nemlogin", "idura"]).default("nemlogin"),
  MITID_SCOPE: z.string().default("openid mitid"),
});

export type Config = z.infer<typeof configSchema>;

let cached: Config | undefined;

/** The portal's settings, read from the environment once and checked; a bad setting stops the request with its name. */
export function config(): Config {
  if (cached) return cached;
  const parsed = configSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Jobnet is not configured correctly: ${problems}. See .env.example.`);
  }
  cached = parsed.data;
  return cached;
}

/** Cookies are Secure (and the session cookie __Host- prefixed) whenever the portal is served over https. */
export function servedOverHttps(): boolean {
  return config().NEXTAUTH_URL.startsWith("https://");
}
