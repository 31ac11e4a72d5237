import { authRouteHandler } from "@/lib/login/auth-route";

export { authRouteHandler as GET, authRouteHandler as POST };
