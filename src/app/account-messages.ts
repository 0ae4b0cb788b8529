import { registerMessages } from '@/lib/i18n';

/**
 * The words of signing in and out and of a refused page, in both languages. They load with those
 * pages (the sign-in page, the account panel, the forbidden page), not with the first paint.
 */
const fr = {
  'session.signedInAs': 'Connecté·e',
  'session.signOut': 'Se déconnecter',
  'session.signOutFailed': 'La déconnexion a échoué : {message}',
  'signIn.title': 'Connexion',
  'signIn.intro': 'Connectez-vous avec votre adresse e-mail de l’école pour accéder à Passerelles.',
  'signIn.email': 'Adresse e-mail',
  'signIn.password': 'Mot de passe',
  'signIn.submit': 'Se connecter',
  'signIn.submitting': 'Connexion…',
  'signIn.wrongCredentials': 'Adresse e-mail ou mot de passe incorrect.',
  'signIn.tooMany': 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
  'signIn.failed': 'La connexion a échoué : {message}',
  'forbidden.title': 'Accès non autorisé',
  'forbidden.body': 'Votre rôle ({role}) ne permet pas d’utiliser cette page. Vous pouvez consulter les autres vues.',
} as const;

type Key = keyof typeof fr;
const en: { [K in Key]: string } = {
  'session.signedInAs': 'Signed in',
  'session.signOut': 'Sign out',
  'session.signOutFailed': 'Signing out failed: {message}',
  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with your school e-mail address to use Passerelles.',
  'signIn.email': 'E-mail address',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.wrongCredentials': 'Wrong e-mail address or password.',
  'signIn.tooMany': 'Too many sign-in attempts. Try again in a few minutes.',
  'signIn.failed': 'Signing in failed: {message}',
  'forbidden.title': 'Not allowed',
  'forbidden.body': 'Your role ({role}) does not allow using this page. The other views remain available.',
};

registerMessages({ fr, en });

declare module '@/lib/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declares this catalogue's keys
  interface MessageRegistry extends Record<Key, string> {}
}
