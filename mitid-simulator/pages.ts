import { assuranceLevels, defaultChoices, demoIdentities, tokenFaults, type AssuranceLevel, type LoginChoices, type TokenFault } from "./identities";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const styles = `
  body { font-family: "IBM Plex Sans", Arial, sans-serif; color: #1a1a1a; margin: 0; line-height: 1.5; }
  header { background: #0060e6; color: #fff; padding: 1rem 1.5rem; }
  header p { margin: 0; font-weight: 600; }
  main { max-width: 40rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.75rem; margin: 0 0 1rem; }
  fieldset { border: 1px solid #747474; margin: 0 0 1.5rem; padding: 1rem; }
  fieldset fieldset { margin: 1rem 0 0; }
  select { margin-bottom: 1rem; }
  .choice { display: flex; align-items: center; gap: 0.5rem; margin: 0 0 0.25rem; }
  .choice input { width: 1.25rem; height: 1.25rem; margin: 0; }
  .choice label { display: inline; font-weight: 400; margin: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
  input, select { font: inherit; padding: 0.4rem; border: 2px solid #747474; border-radius: 4px; }
  button { font: inherit; font-weight: 600; border-radius: 4px; padding: 0.5rem 1rem; cursor: pointer; border: 2px solid #0060e6; }
  .identity { background: #0060e6; color: #fff; margin: 0 0.5rem 0.5rem 0; }
  .secondary { background: #fff; color: #0047ab; }
  .hint { color: #4f4f4f; margin: 0 0 0.5rem; }
  .error { color: #b3001b; font-weight: 600; margin: 0 0 0.5rem; }
  :focus-visible { outline: 3px solid #ffdd00; box-shadow: 0 0 0 6px #1a1a1a; }
`;

function layout(title: string, body: string, script = ""): string {
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – MitID simulator</title>
<style>${styles}</style>
</head>
<body>
<header><p>MitID simulator – kun til udvikling og test</p></header>
<main>
${body}
</main>
${script}
</body>
</html>`;
}

function assuranceOptions(selected: AssuranceLevel): string {
  const labels: Record<AssuranceLevel, string> = { Low: "Lav (Low)", Substantial: "Betydelig (Substantial)", High: "Høj (High)" };
  return assuranceLevels.map((level) => `<option value="${level}"${level === selected ? " selected" : ""}>${labels[level]}</option>`).join("");
}

const faultLabels: Record<TokenFault, string> = {
  "wrong-iss": "Forkert udsteder (iss)",
  "wrong-aud": "Forkert modtager (aud)",
  "bad-signature": "Ugyldig signatur",
  expired: "Udløbet token (exp)",
  "not-yet-valid": "Token endnu ikke gyldigt (nbf, iat)",
  "nonce-mismatch": "Forkert nonce",
};

function faultOptions(selected: TokenFault | null): string {
  const radio = (value: string, label: string, checked: boolean) => {
    const id = `fault-${value}`;
    return `<div class="choice"><input type="radio" id="${id}" name="fault" value="${value}"${checked ? " checked" : ""}><label for="${id}">${label}</label></div>`;
  };
  return [radio("none", "Ingen fejl", selected === null), ...tokenFaults.map((fault) => radio(fault, faultLabels[fault], fault === selected))].join("\n    ");
}

/** The login page: the choices for this login, a button per demo identity, any other CPR number, and Afbryd. */
export function loginPage({ uid, error, cpr = "", choices = defaultChoices }: { uid: string; error?: string; cpr?: string; choices?: LoginChoices }): string {
  const identityButtons = (kind: "citizen" | "staff") =>
    demoIdentities
      .filter((identity) => identity.kind === kind)
      .map((identity) => {
        const value = identity.kind === "citizen" ? `cpr:${identity.cpr}` : `staff:${identity.uuid}`;
        return `<button type="submit" class="identity" name="identity" value="${escapeHtml(value)}">${escapeHtml(identity.name)}</button>`;
      })
      .join("\n");
  const cprDescribedBy = error ? "cpr-hint cpr-error" : "cpr-hint";
  return layout(
    "Log ind",
    `<h1>MitID simulator</h1>
<p>Vælg, hvem du logger ind som. Intet her er rigtigt MitID.</p>
<form method="post" action="/interaction/${uid}/login">
  <fieldset>
    <legend>Valg for dette login</legend>
    <label for="loa">Sikringsniveau</label>
    <select id="loa" name="loa">${assuranceOptions(choices.assuranceLevel)}</select>
    <div class="choice">
      <input type="checkbox" id="protection" name="protection" value="yes" aria-describedby="protection-hint"${choices.nameAndAddressProtection ? " checked" : ""}>
      <label for="protection">Navne- og adressebeskyttelse</label>
    </div>
    <p id="protection-hint" class="hint">Kun for borgere: borgerens navn og adresse er beskyttet i CPR.</p>
    <fieldset>
      <legend>Fejl i ID-tokenet</legend>
      <p class="hint">Jobnet skal afvise et log ind med en fejl.</p>
    ${faultOptions(choices.fault)}
    </fieldset>
  </fieldset>
  <fieldset>
    <legend>Borgere</legend>
    ${identityButtons("citizen")}
  </fieldset>
  <fieldset>
    <legend>Medarbejdere (MitID Erhverv)</legend>
    ${identityButtons("staff")}
  </fieldset>
  <fieldset>
    <legend>Anden borger</legend>
    <label for="cpr">CPR-nummer</label>
    <p id="cpr-hint" class="hint">10 cifre, fx 1212901234</p>
    ${error ? `<p id="cpr-error" class="error">${escapeHtml(error)}</p>` : ""}
    <input id="cpr" name="cpr" inputmode="numeric" autocomplete="off" value="${escapeHtml(cpr)}" aria-describedby="${cprDescribedBy}"${error ? ' aria-invalid="true"' : ""}>
    <button type="submit" class="identity" name="identity" value="cpr-field">Log ind</button>
  </fieldset>
</form>
<form method="post" action="/interaction/${uid}/abort">
  <button type="submit" class="secondary">Afbryd</button>
</form>`,
  );
}

/** RP-initiated logout: submits itself with JavaScript, and is a plain button without. */
export function logoutPage(form: string): string {
  return layout(
    "Log ud",
    `<h1>Log ud af MitID</h1>
<p>Du bliver logget ud af MitID.</p>
${form.replace("</form>", '<input type="hidden" name="logout" value="yes"><button type="submit" class="identity">Log ud</button></form>')}`,
    `<script>document.forms[0].submit()</script>`,
  );
}

export function loggedOutPage(): string {
  return layout("Logget ud", `<h1>Du er logget ud af MitID</h1>`);
}

export function errorPage(message: string): string {
  return layout("Fejl", `<h1>Der opstod en fejl i MitID simulatoren</h1><p>${escapeHtml(message)}</p>`);
}
