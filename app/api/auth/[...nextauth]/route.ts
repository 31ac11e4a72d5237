import { authRouteHandler } from "@/lib/auth/auth-route";

export { authRouteHandler as GET, authRouteHandler as POST };
