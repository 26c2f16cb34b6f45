import type { ProblemMessages } from './problems-en';

export const problemsFr: ProblemMessages = {
  'problem.validation_failed': 'La requête n’est pas valide ; voir les erreurs de chaque champ.',
  'problem.unauthenticated': 'Connectez-vous, ou reconnectez-vous : la session n’est pas valide.',
  'problem.wrong_credentials': 'L’adresse e-mail ou le mot de passe est incorrect.',
  'problem.two_factor_enrolment_required':
    'Votre rôle exige un second facteur : activez la connexion en deux étapes avant toute autre chose.',
  'problem.forbidden': 'Votre compte ne peut pas faire cela.',
  'problem.not_found': 'Ce que désigne la requête n’existe pas.',
  'problem.conflict': 'La requête est incompatible avec l’état actuel de l’enregistrement.',
  'problem.period_closed':
    'La période de rapport {period} est close : rien ne peut changer avant qu’un administrateur la rouvre.',
  'problem.not_allowed': 'Cette étape n’est pas possible dans l’état actuel de l’enregistrement.',
  'problem.already_exists':
    'Cela existe déjà : rechargez-le, réappliquez votre modification et enregistrez à nouveau.',
  'problem.last_admin':
    'C’est le dernier compte administrateur actif ; créez d’abord un autre compte administrateur.',
  'problem.gone': 'Ceci a été retiré et n’est plus disponible.',
  'problem.stale_version':
    'Cet enregistrement a changé depuis votre lecture (version {version} désormais). Rechargez-le, réappliquez votre modification et enregistrez à nouveau.',
  'problem.not_created_yet': 'Cet enregistrement n’existe pas encore ; créez-le sans If-Match.',
  'problem.precondition_required':
    'Envoyez If-Match avec l’ETag de la version modifiée (obtenez-la d’abord avec GET).',
  'problem.too_many_requests':
    'Trop de tentatives. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'problem.temporarily_unavailable':
    'Le système est occupé pour le moment. Réessayez dans quelques secondes.',
  'problem.bad_request': 'La requête n’est pas valide.',
  'problem.invalid_json': 'Le corps n’est pas du JSON valide.',
  'problem.body_too_large': 'Le corps de la requête dépasse ce que cette API accepte.',
  'problem.unsupported_media_type': 'Envoyez le corps en application/json.',
  'problem.value_out_of_range': 'Une valeur de la requête dépasse ce qui peut être enregistré.',
  'problem.not_ready': 'Le système n’est pas prêt : un service dont il dépend est indisponible.',
  'problem.internal_error': 'Une erreur s’est produite de notre côté. Elle a été consignée.',

  'problem.field.required': '{field} est obligatoire',
  'problem.field.oneOf': '{field} doit être l’une des valeurs : {values}',
  'problem.field.tooLong': '{field} doit comporter au plus {max} caractères',
  'problem.field.iso3': '{field} doit être un code ISO3 (trois lettres), par exemple MEX',
  'problem.field.date': '{field} doit être une date au format AAAA-MM-JJ',
  'problem.field.url': '{field} doit être une adresse http(s)',
  'problem.field.email': '{field} doit être une adresse e-mail',
  'problem.field.unknown': '{field} n’est pas un champ de cette requête',
  'problem.field.noCountry': 'aucun pays n’a le code ISO3 {code}',
  'problem.field.noProcess': 'aucun processus régional n’a le code {code}',
  'problem.field.needsCountry': 'un point focal a besoin d’au moins un pays',
  'problem.field.needsProcess': 'un coordinateur a besoin d’au moins un processus régional',
};
