export { setFlag as PUT } from "@/lib/api/person-admin";
