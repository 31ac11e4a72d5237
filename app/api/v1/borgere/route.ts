export { registerCitizen as POST } from "@/lib/api/person-admin";
