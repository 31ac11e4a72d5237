import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { redirectAfterFailedLogin } from "@/lib/auth/login-redirect";
import { authOptions, MITID_PROVIDER_ID } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  const brokerError = request.nextUrl.searchParams.get("error");
  // A broker that reports an error to the callback (the citizen pressed "Afbryd") would
  // become next-auth's generic "Callback" error; it gets its own page instead.
  if (request.method === "GET" && nextauth.join("/") === `callback/${MITID_PROVIDER_ID}` && brokerError) {
    return redirectAfterFailedLogin(request, { page: "problem", problem: brokerError === "access_denied" ? "afbrudt" : "teknisk" });
  }
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
