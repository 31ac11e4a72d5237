import { describe, expect, test } from "vitest";
import { readNotificationConfig } from "./config";

const real = {
  SMTP_URL: "smtps://jobnet:secret@smtp.example.dk:465",
  MAIL_FROM: "Jobnet <noreply@jobnet.dk>",
  SMS_GATEWAY_URL: "https://sms.example.dk/api/sms",
  SMS_GATEWAY_TOKEN: "token",
};

describe("the e-mail and SMS settings", () => {
  test("X4 production never falls back to the mail catcher: each missing setting is named", () => {
    expect(() => readNotificationConfig({ NODE_ENV: "production" })).toThrow(
      "SMTP_URL, MAIL_FROM, SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN must be set in production",
    );
    expect(() => readNotificationConfig({ NODE_ENV: "production", ...real, SMS_GATEWAY_TOKEN: "" })).toThrow(/: SMS_GATEWAY_TOKEN must be set/);
    expect(() => readNotificationConfig({ NODE_ENV: "production", ...real, MAIL_FROM: undefined })).toThrow(/: MAIL_FROM must be set/);
    expect(readNotificationConfig({ NODE_ENV: "production", ...real })).toEqual({ ...real, SMS_SENDER: "Jobnet" });
  });

  test("X4 outside production (npm run job, development) the catcher is the default", () => {
    expect(readNotificationConfig({ NODE_ENV: "development" })).toEqual({
      SMTP_URL: "smtp://localhost:2525",
      MAIL_FROM: "Jobnet <noreply@jobnet.example.dk>",
      SMS_GATEWAY_URL: "http://localhost:3002/api/sms",
      SMS_GATEWAY_TOKEN: "jobnet-catcher-token",
      SMS_SENDER: "Jobnet",
    });
    expect(() => readNotificationConfig({ SMS_SENDER: "Jobnet Danmark A/S" })).toThrow(/SMS_SENDER/);
  });
});
