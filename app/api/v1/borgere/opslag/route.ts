export { lookUpCitizen as POST } from "@/lib/api/person-admin";
