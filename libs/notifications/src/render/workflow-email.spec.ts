import { renderWorkflowBatch, renderWorkflowNotice, WorkflowLine } from './workflow-email';

const returned: WorkflowLine = {
  kind: 'record_returned',
  recordType: 'report',
  countryName: 'Mexico',
  period: '2025',
  action: 'd',
  actorName: 'Ana <Coordinator>',
  comment: 'Cite art. 160 & 161.',
  url: 'https://tracker.example/reports/MEX/2025/d',
};
const input = { recipientName: 'María', manageUrl: 'https://tracker.example/profile' };

describe('workflow emails', () => {
  it.each([
    ['en', 'Returned for changes: the report of Mexico, 2025, action (d)', 'Comment: '],
    ['es', 'Devuelto para cambios: el informe de Mexico, 2025, acción (d)', 'Comentario: '],
    ['fr', 'Renvoyé pour modifications : le rapport de Mexico, 2025, action (d)', 'Commentaire : '],
  ])('tells of a return in %s, with the comment and the link', (locale, subject, comment) => {
    const email = renderWorkflowNotice(returned, { ...input, locale });
    expect(email.subject).toBe(subject);
    expect(email.html).toContain(`<html lang="${locale}">`);
    expect(email.text).toContain(`${comment}Cite art. 160 & 161.`);
    expect(email.text).toContain(returned.url);
    // What people typed is escaped in HTML.
    expect(email.html).toContain('Ana &lt;Coordinator&gt;');
    expect(email.html).toContain('Cite art. 160 &amp; 161.');
    expect(email.html).toContain(`href="${returned.url}"`);
  });

  it('lists a batch of submissions in one email, counted in its subject', () => {
    const submitted: WorkflowLine = {
      ...returned,
      kind: 'record_submitted',
      comment: null,
      actorName: null,
    };
    const indicators: WorkflowLine = {
      ...submitted,
      kind: 'record_resubmitted',
      recordType: 'indicator_set',
      action: null,
      url: 'https://tracker.example/indicators/MEX/2025',
    };
    const email = renderWorkflowBatch([submitted, indicators], { ...input, locale: 'en' });
    expect(email.subject).toBe('2 new submissions to review');
    expect(email.text).toContain('Someone submitted the report of Mexico, 2025, action (d).');
    expect(email.text).toContain('Someone resubmitted the indicator values of Mexico, 2025.');
    expect(email.text).toContain(indicators.url);
    expect(renderWorkflowBatch([submitted], { ...input, locale: 'es' }).subject).toBe(
      '1 nueva presentación para revisar',
    );
  });
});
