import type { NewFaqEntry, NewYellowNote } from "@/db/schema";

/** The yellow note release 2022-1 puts on the front page (R2.1). */
export const releaseYellowNote: NewYellowNote = {
  titleDa: "Log ind med MitID/NemID",
  titleEn: "Log in with MitID/NemID",
  bodyDa: "Har du tidligere været logget ind på Jobnet med MitID/NemID, kan du kun logge ind med MitID/NemID.",
  bodyEn: "If you have logged in to Jobnet with MitID/NemID before, you can only log in with MitID/NemID.",
  audience: "everyone",
  placement: "front_page",
  status: "published",
};

const loginTopic = { topicDa: "Log ind og profil", topicEn: "Logging in and your profile" };
const cvTopic = { topicDa: "CV og jobsøgning", topicEn: "CV and job search" };
const adsTopic = { topicDa: "Jobannoncer og kandidater", topicEn: "Job ads and candidates" };
const jobcenterTopic = { topicDa: "Samarbejde med jobcentret", topicEn: "Working with the jobcentre" };

/** The FAQ entries the portal starts with; editors keep them current afterwards. */
export const releaseFaqEntries: NewFaqEntry[] = [
  {
    audience: "jobsoegere",
    slug: "skal-meldes-ledig-har-ikke-mitid-nemid",
    ...loginTopic,
    questionDa: "Skal meldes ledig - har ikke MitID/NemID",
    questionEn: "Must register as unemployed - do not have MitID/NemID",
    answerDa:
      "Har du ikke MitID, kan dit jobcenter give dig et brugernavn og en adgangskode til Jobnet, så du kan melde dig ledig.\n\nHar både dit jobcenter og Jobnetsupporten lukket, kan du sende en særlig supporthenvendelse fra siden 'Opret dig med MitID'. Jobnetsupporten kontakter dig, så snart de har åbent.",
    answerEn:
      "If you do not have MitID, your jobcentre can give you a username and password for Jobnet so that you can register as unemployed.\n\nIf both your jobcentre and Jobnet support are closed, you can send a special support request from the page 'Create a profile with MitID'. Jobnet support will contact you as soon as they are open.",
    sortOrder: 10,
    status: "published",
  },
  {
    audience: "jobsoegere",
    slug: "kun-mitid-efter-login-med-mitid",
    ...loginTopic,
    questionDa: "Hvorfor kan jeg ikke længere logge ind med brugernavn og adgangskode?",
    questionEn: "Why can I no longer log in with a username and password?",
    answerDa:
      "Siden 12. marts 2022 logger du ind på Jobnet med MitID/NemID. Kun borgere, som jobcentret har vurderet ikke kan bruge MitID/NemID, kan logge ind med brugernavn og adgangskode.\n\nHar du logget ind med MitID/NemID, kan du derefter kun logge ind med MitID/NemID.",
    answerEn:
      "Since 12 March 2022 you log in to Jobnet with MitID/NemID. Only citizens whom the jobcentre has assessed cannot use MitID/NemID can log in with a username and password.\n\nOnce you have logged in with MitID/NemID, you can only log in with MitID/NemID.",
    sortOrder: 20,
    status: "published",
  },
  {
    audience: "jobsoegere",
    slug: "glemt-adgangskode",
    ...loginTopic,
    questionDa: "Jeg har glemt min adgangskode",
    questionEn: "I have forgotten my password",
    answerDa:
      "Har dit jobcenter givet dig brugernavn og adgangskode, så kontakt dit jobcenter eller Jobnetsupporten. De kan give dig en ny adgangskode.\n\nHar du MitID, så log ind med MitID i stedet.",
    answerEn:
      "If your jobcentre gave you a username and password, contact your jobcentre or Jobnet support. They can give you a new password.\n\nIf you have MitID, log in with MitID instead.",
    sortOrder: 30,
    status: "published",
  },
  {
    audience: "jobsoegere",
    slug: "goer-cv-soegbart",
    ...cvTopic,
    questionDa: "Hvordan gør jeg mit CV søgbart?",
    questionEn: "How do I make my CV searchable?",
    answerDa:
      "Gå til dit CV og vælg, at det skal være søgbart. Så kan arbejdsgivere finde det, når de søger efter kandidater.\n\nEr du fleksjobvisiteret eller fleksjobansat, kan du gøre dit CV søgbart uden at udfylde 'Ansættelsesbetingelser'.",
    answerEn:
      "Go to your CV and choose to make it searchable. Employers can then find it when they search for candidates.\n\nIf you are approved for or employed in a flexible job, you can make your CV searchable without filling in 'Terms of employment'.",
    sortOrder: 10,
    status: "published",
  },
  {
    audience: "jobsoegere",
    slug: "specialtegn-i-joblog",
    ...cvTopic,
    questionDa: "Kan jeg bruge specialtegn i min joblog?",
    questionEn: "Can I use special characters in my job log?",
    answerDa: "Ja. Din joblog gemmes med alle tegn undtagen '<' og '>', som fjernes, når du gemmer.",
    answerEn: "Yes. Your job log is saved with every character except '<' and '>', which are removed when you save.",
    sortOrder: 20,
    status: "published",
  },
  {
    audience: "arbejdsgivere",
    slug: "opret-jobannonce",
    ...adsTopic,
    questionDa: "Hvordan opretter jeg en jobannonce?",
    questionEn: "How do I create a job ad?",
    answerDa:
      "Du opretter jobannoncer, når du er logget ind som arbejdsgiver med MitID Erhverv. Annoncen bliver vist for jobsøgere på Jobnet, og jobagenter med en passende stillingsbetegnelse giver besked om den.",
    answerEn:
      "You create job ads when you are logged in as an employer with MitID Erhverv. The ad is shown to job seekers on Jobnet, and job agents with a matching job title notify their owners.",
    sortOrder: 10,
    status: "published",
  },
  {
    audience: "arbejdsgivere",
    slug: "find-kandidater",
    ...adsTopic,
    questionDa: "Hvordan finder jeg kandidater?",
    questionEn: "How do I find candidates?",
    answerDa: "Du kan søge i de CV'er, som jobsøgere har gjort søgbare. Du ser kun de oplysninger, jobsøgeren har valgt at vise.",
    answerEn: "You can search the CVs that job seekers have made searchable. You only see what the job seeker has chosen to show.",
    sortOrder: 20,
    status: "published",
  },
  {
    audience: "arbejdsgivere",
    slug: "kontakt-jobcentret",
    ...jobcenterTopic,
    questionDa: "Hvordan kontakter jeg jobcentret om en ansættelse?",
    questionEn: "How do I contact the jobcentre about hiring someone?",
    answerDa: "Kontakt jobcentret i den kommune, hvor din virksomhed ligger. Jobcentret kan hjælpe med rekruttering, løntilskud, fleksjob og andre ordninger.",
    answerEn:
      "Contact the jobcentre in the municipality where your business is. The jobcentre can help with recruitment, wage subsidies, flexible jobs and other schemes.",
    sortOrder: 10,
    status: "published",
  },
];
