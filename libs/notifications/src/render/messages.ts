/** The words of the tracker's emails, in the locales users choose (RCM works in es, en, fr). */
export type Locale = 'en' | 'es' | 'fr';

export interface Messages {
  digestSubject: (frequency: 'weekly' | 'monthly', processes: string) => string;
  digestIntro: (name: string, since: string) => string;
  period: string;
  completeness: string;
  validatedReports: string;
  areaScores: string;
  area: string;
  score: string;
  sinceLast: string;
  newValidations: string;
  noNewValidations: string;
  overdueMembers: string;
  noOverdue: string;
  protocolParties: (parties: number, members: number, asOf: string) => string;
  protocolChange: (change: number) => string;
  notComputed: string;
  fullReport: string;
  action: string;
  country: string;
  validatedOn: string;
  missingActions: string;
  unsubscribe: string;
  unsubscribeFrom: (process: string) => string;
  manage: string;
  footer: string;
  dueSubject: (period: string, dueOn: string) => string;
  dueIntro: (name: string, period: string, dueOn: string, days: number) => string;
  notSubmitted: string;
  overdueSubject: (period: string) => string;
  overdueIntro: (name: string, period: string, dueOn: string) => string;
  reviewSubject: (count: number) => string;
  reviewIntro: (name: string, days: number) => string;
  waitingSince: string;
  indicatorValues: string;
  state: Record<string, string>;
}

const en: Messages = {
  digestSubject: (f, p) => `${f === 'weekly' ? 'Weekly' : 'Monthly'} Objective 9 digest: ${p}`,
  digestIntro: (name, since) =>
    `Dear ${name}, here is what changed in your regional processes since ${since}.`,
  period: 'Reporting period',
  completeness: 'Completeness',
  validatedReports: 'Validated reports',
  areaScores: 'Work Plan area scores (0–100)',
  area: 'Area',
  score: 'Score',
  sinceLast: 'Change',
  newValidations: 'Newly validated reports',
  noNewValidations: 'No report was validated since the last digest.',
  overdueMembers: 'Overdue members',
  noOverdue: 'No member is overdue.',
  protocolParties: (p, m, d) => `${p} of ${m} members are parties to the Protocol as of ${d}`,
  protocolChange: (c) => `${c > 0 ? '+' : ''}${c} since the last digest`,
  notComputed: 'This summary has not been computed yet.',
  fullReport: 'Open the full report',
  action: 'Action',
  country: 'Country',
  validatedOn: 'Validated',
  missingActions: 'Missing actions',
  unsubscribe: 'Unsubscribe from these digests',
  unsubscribeFrom: (p) => `Stop the ${p} digest`,
  manage: 'Manage your subscriptions',
  footer: 'GCM Objective 9 Tracker — only validated data counts in these figures.',
  dueSubject: (p, d) => `Reminder: ${p} reports are due on ${d}`,
  dueIntro: (name, p, d, n) =>
    `Dear ${name}, the ${p} reports are due on ${d} (in ${n} days). These actions are not submitted yet:`,
  notSubmitted: 'Not submitted',
  overdueSubject: (p) => `Overdue ${p} reports in your processes`,
  overdueIntro: (name, p, d) =>
    `Dear ${name}, the ${p} reports were due on ${d}. These members have not completed them:`,
  reviewSubject: (n) => `${n} report${n === 1 ? '' : 's'} waiting for your review`,
  reviewIntro: (name, days) =>
    `Dear ${name}, these submissions have waited in your review queue for more than ${days} days:`,
  waitingSince: 'Submitted',
  indicatorValues: 'indicator values',
  state: { missing: 'not started', draft: 'draft', returned: 'returned for changes' },
};

const es: Messages = {
  digestSubject: (f, p) => `Resumen ${f === 'weekly' ? 'semanal' : 'mensual'} del Objetivo 9: ${p}`,
  digestIntro: (name, since) =>
    `Estimado/a ${name}: esto es lo que cambió en sus procesos regionales desde el ${since}.`,
  period: 'Período de reporte',
  completeness: 'Completitud',
  validatedReports: 'Informes validados',
  areaScores: 'Puntajes por eje del Plan de Trabajo (0–100)',
  area: 'Eje',
  score: 'Puntaje',
  sinceLast: 'Cambio',
  newValidations: 'Informes validados recientemente',
  noNewValidations: 'No se validó ningún informe desde el último resumen.',
  overdueMembers: 'Miembros con informes atrasados',
  noOverdue: 'Ningún miembro está atrasado.',
  protocolParties: (p, m, d) => `${p} de ${m} miembros son Partes del Protocolo al ${d}`,
  protocolChange: (c) => `${c > 0 ? '+' : ''}${c} desde el último resumen`,
  notComputed: 'Este resumen aún no se ha calculado.',
  fullReport: 'Abrir el informe completo',
  action: 'Acción',
  country: 'País',
  validatedOn: 'Validado',
  missingActions: 'Acciones pendientes',
  unsubscribe: 'Cancelar la suscripción a estos resúmenes',
  unsubscribeFrom: (p) => `Dejar de recibir el resumen de ${p}`,
  manage: 'Administrar sus suscripciones',
  footer: 'GCM Objective 9 Tracker — solo los datos validados cuentan en estas cifras.',
  dueSubject: (p, d) => `Recordatorio: los informes de ${p} vencen el ${d}`,
  dueIntro: (name, p, d, n) =>
    `Estimado/a ${name}: los informes de ${p} vencen el ${d} (en ${n} días). Estas acciones aún no se han enviado:`,
  notSubmitted: 'Sin enviar',
  overdueSubject: (p) => `Informes de ${p} atrasados en sus procesos`,
  overdueIntro: (name, p, d) =>
    `Estimado/a ${name}: los informes de ${p} vencieron el ${d}. Estos miembros no los han completado:`,
  reviewSubject: (n) => `${n} informe${n === 1 ? '' : 's'} en espera de su revisión`,
  reviewIntro: (name, days) =>
    `Estimado/a ${name}: estos envíos esperan en su cola de revisión desde hace más de ${days} días:`,
  waitingSince: 'Enviado',
  indicatorValues: 'valores de indicadores',
  state: { missing: 'sin iniciar', draft: 'borrador', returned: 'devuelto para cambios' },
};

const fr: Messages = {
  digestSubject: (f, p) =>
    `Synthèse ${f === 'weekly' ? 'hebdomadaire' : 'mensuelle'} de l’Objectif 9 : ${p}`,
  digestIntro: (name, since) =>
    `Madame, Monsieur ${name}, voici ce qui a changé dans vos processus régionaux depuis le ${since}.`,
  period: 'Période de rapport',
  completeness: 'Complétude',
  validatedReports: 'Rapports validés',
  areaScores: 'Scores par axe du Plan de travail (0–100)',
  area: 'Axe',
  score: 'Score',
  sinceLast: 'Évolution',
  newValidations: 'Rapports nouvellement validés',
  noNewValidations: 'Aucun rapport n’a été validé depuis la dernière synthèse.',
  overdueMembers: 'Membres en retard',
  noOverdue: 'Aucun membre n’est en retard.',
  protocolParties: (p, m, d) => `${p} membres sur ${m} sont Parties au Protocole au ${d}`,
  protocolChange: (c) => `${c > 0 ? '+' : ''}${c} depuis la dernière synthèse`,
  notComputed: 'Cette synthèse n’a pas encore été calculée.',
  fullReport: 'Ouvrir le rapport complet',
  action: 'Action',
  country: 'Pays',
  validatedOn: 'Validé',
  missingActions: 'Actions manquantes',
  unsubscribe: 'Se désabonner de ces synthèses',
  unsubscribeFrom: (p) => `Ne plus recevoir la synthèse ${p}`,
  manage: 'Gérer vos abonnements',
  footer: 'GCM Objective 9 Tracker — seules les données validées comptent dans ces chiffres.',
  dueSubject: (p, d) => `Rappel : les rapports ${p} sont dus le ${d}`,
  dueIntro: (name, p, d, n) =>
    `Madame, Monsieur ${name}, les rapports ${p} sont dus le ${d} (dans ${n} jours). Ces actions ne sont pas encore soumises :`,
  notSubmitted: 'Non soumis',
  overdueSubject: (p) => `Rapports ${p} en retard dans vos processus`,
  overdueIntro: (name, p, d) =>
    `Madame, Monsieur ${name}, les rapports ${p} étaient dus le ${d}. Ces membres ne les ont pas complétés :`,
  reviewSubject: (n) => `${n} rapport${n === 1 ? '' : 's'} en attente de votre examen`,
  reviewIntro: (name, days) =>
    `Madame, Monsieur ${name}, ces soumissions attendent dans votre file d’examen depuis plus de ${days} jours :`,
  waitingSince: 'Soumis',
  indicatorValues: 'valeurs des indicateurs',
  state: { missing: 'non commencé', draft: 'brouillon', returned: 'renvoyé pour corrections' },
};

const MESSAGES: Record<Locale, Messages> = { en, es, fr };

export const messagesFor = (locale: string): Messages =>
  MESSAGES[(locale as Locale) in MESSAGES ? (locale as Locale) : 'en'];
