import type { ProblemMessages } from './problems-en';

export const problemsEs: ProblemMessages = {
  'problem.validation_failed': 'La solicitud no es válida; vea los errores de cada campo.',
  'problem.unauthenticated': 'Inicie sesión, o vuelva a iniciarla: la sesión no es válida.',
  'problem.wrong_credentials': 'El correo electrónico o la contraseña no son correctos.',
  'problem.two_factor_enrolment_required':
    'Su función exige un segundo factor: active la verificación en dos pasos antes de continuar.',
  'problem.forbidden': 'Su cuenta no puede hacer esto.',
  'problem.not_found': 'Lo que indica la solicitud no existe.',
  'problem.conflict': 'La solicitud no es compatible con el estado actual del registro.',
  'problem.period_closed':
    'El período de informe {period} está cerrado: no se puede cambiar nada hasta que un administrador lo reabra.',
  'problem.not_allowed': 'Este paso no es posible en el estado actual del registro.',
  'problem.already_exists':
    'Esto ya existe: vuelva a cargarlo, aplique de nuevo su cambio y guarde otra vez.',
  'problem.last_admin':
    'Esta es la última cuenta de administración activa; cree otra cuenta de administración primero.',
  'problem.gone': 'Esto fue retirado y ya no está disponible.',
  'problem.stale_version':
    'Este registro cambió desde que lo leyó (ahora versión {version}). Vuelva a cargarlo, aplique de nuevo su cambio y guarde otra vez.',
  'problem.not_created_yet': 'Este registro aún no existe; créelo sin If-Match.',
  'problem.precondition_required':
    'Envíe If-Match con el ETag de la versión que editó (obténgala primero con GET).',
  'problem.too_many_requests':
    'Demasiados intentos. Vuelva a intentarlo en {seconds, plural, one {# segundo} other {# segundos}}.',
  'problem.temporarily_unavailable':
    'El sistema está ocupado en este momento. Vuelva a intentarlo en unos segundos.',
  'problem.bad_request': 'La solicitud no es válida.',
  'problem.invalid_json': 'El cuerpo no es JSON válido.',
  'problem.body_too_large': 'El cuerpo de la solicitud es más grande de lo que acepta esta API.',
  'problem.unsupported_media_type': 'Envíe el cuerpo como application/json.',
  'problem.value_out_of_range': 'Un valor de la solicitud está fuera de lo que se puede guardar.',
  'problem.not_ready': 'El sistema no está listo: un servicio del que depende no está disponible.',
  'problem.internal_error': 'Algo salió mal de nuestro lado. El error quedó registrado.',

  'problem.field.required': '{field} es obligatorio',
  'problem.field.oneOf': '{field} debe ser uno de: {values}',
  'problem.field.tooLong': '{field} debe tener como máximo {max} caracteres',
  'problem.field.iso3': '{field} debe ser un código ISO3 (tres letras), por ejemplo MEX',
  'problem.field.date': '{field} debe ser una fecha con el formato AAAA-MM-DD',
  'problem.field.url': '{field} debe ser una dirección http(s)',
  'problem.field.email': '{field} debe ser una dirección de correo electrónico',
  'problem.field.unknown': '{field} no es un campo de esta solicitud',
  'problem.field.noCountry': 'no hay ningún país con el código ISO3 {code}',
  'problem.field.noProcess': 'no hay ningún proceso regional con el código {code}',
  'problem.field.needsCountry': 'un punto focal necesita al menos un país',
  'problem.field.needsProcess': 'una persona coordinadora necesita al menos un proceso regional',
};
