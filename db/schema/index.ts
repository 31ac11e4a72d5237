export * from "./actors";
export * from "./audit";
export * from "./auth";
export * from "./contacts";
export * from "./content";
export * from "./identity";
export * from "./staff";
export * from "./support";
