export * from "./actors";
export * from "./audit";
export * from "./auth";
export * from "./identity";
export * from "./staff";
