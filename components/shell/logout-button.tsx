import { logOut } from "@/lib/login/actions";
import { ActionForm } from "../action-form";
import { SubmitButton } from "../submit-button";

export function LogoutButton({ locale, label }: { locale: string; label: string }) {
  return (
    <ActionForm action={logOut} fields={{ locale }}>
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </ActionForm>
  );
}
