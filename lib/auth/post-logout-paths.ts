/**
 * The pages the MitID broker may send a citizen back to after logging them out (each also
 * under /en). They must be registered at the broker as post-logout redirect URIs.
 */
export const POST_LOGOUT_PATHS = ["/logget-ud", "/log-ind/brugerkoder", "/profil/slet-adgang/kvittering"] as const;

export type PostLogoutPath = (typeof POST_LOGOUT_PATHS)[number];
