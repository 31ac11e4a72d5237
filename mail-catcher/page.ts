import type { CaughtMessage } from "./catcher";

// The catcher's one page: every message received, newest first, in a table a screen reader
// can walk (caption, column headers, a row header per message).

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]!);
}

/** The text with its web addresses as links, so a tester can follow a notice's links. */
function withLinks(text: string): string {
  return escape(text).replace(/https?:\/\/[^\s<>"]+/g, (address) => `<a href="${address}">${address}</a>`);
}

export function catcherPage(messages: readonly CaughtMessage[]): string {
  const rows = [...messages]
    .reverse()
    .map(
      (message) => `<tr>
  <th scope="row">${message.channel === "email" ? "E-mail" : "SMS"}<br><span class="muted">${escape(new Date(message.receivedAt).toLocaleString("da-DK", { timeZone: "Europe/Copenhagen" }))}</span></th>
  <td>${escape(message.from)}</td>
  <td>${escape(message.to)}</td>
  <td>${message.subject ? escape(message.subject) : '<span class="muted">(intet emne)</span>'}</td>
  <td><div class="text">${withLinks(message.text)}</div></td>
</tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mail- og SMS-catcher (${messages.length}) – Jobnet udvikling</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; line-height: 1.45; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: left; font-weight: 600; margin-bottom: .5rem; }
  th, td { border: 1px solid #666; padding: .5rem; vertical-align: top; text-align: left; }
  thead th { background: #e8e8e8; }
  .text { white-space: pre-wrap; max-width: 60ch; overflow-wrap: anywhere; }
  .muted { color: #4a4a4a; font-weight: normal; }
  a { color: #0b4f9c; }
  a:focus, button:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
  button { font: inherit; padding: .4rem 1rem; }
</style>
</head>
<body>
<main>
<h1>Mail- og SMS-catcher</h1>
<p>Udviklingens stand-in for Jobnets mailserver og SMS-gateway. Alt, portalen sender, lander her og ingen andre steder. Som JSON: <a href="/api/messages">/api/messages</a>.</p>
<h2>Modtagne beskeder (${messages.length})</h2>
${
  messages.length === 0
    ? "<p>Ingen beskeder endnu.</p>"
    : `<table>
<caption>Nyeste først</caption>
<thead><tr><th scope="col">Kanal og tid</th><th scope="col">Afsender</th><th scope="col">Modtager</th><th scope="col">Emne</th><th scope="col">Tekst</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<form method="post" action="/ryd"><p><button type="submit">Slet alle beskeder</button></p></form>`
}
</main>
</body>
</html>`;
}
