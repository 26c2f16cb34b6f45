import { useState } from 'react';
import type { CitationView, LicenceView, PublicationView } from '../../api/generated/api';
import { FILE_FORMATS, publicationFilePath } from '../../api/portal';
import { useI18n } from '../../i18n';

/** The open-data files of a published version, with the licence's attribution. */
export function Downloads({
  publication,
  licence,
}: {
  publication: PublicationView;
  licence: LicenceView;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="pub-downloads">
      <h2 id="pub-downloads">{t('portal.downloads')}</h2>
      <ul className="portal-downloads">
        {FILE_FORMATS.map((format) => (
          <li key={format}>
            <a href={publicationFilePath(publication.id, format)} download>
              {t(`portal.file.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {t('portal.licence')}{' '}
        <a href={licence.url} rel="license noopener noreferrer" target="_blank">
          {licence.name}
        </a>
      </p>
      <p className="hint">
        {t('portal.attribution')} <q lang="en">{licence.attribution}</q>
      </p>
    </section>
  );
}

/** "Cite this": the reference as text, BibTeX and CSL-JSON, each with a copy button. */
export function CiteThis({ citation }: { citation: CitationView }) {
  const { t } = useI18n();
  const forms = [
    { key: 'text', label: t('portal.cite.text'), value: citation.text },
    { key: 'bibtex', label: 'BibTeX', value: citation.bibtex },
    { key: 'csl', label: 'CSL-JSON', value: JSON.stringify(citation.cslJson, null, 2) },
  ];
  return (
    <section className="card" aria-labelledby="pub-cite">
      <h2 id="pub-cite">{t('portal.cite.title')}</h2>
      {forms.map((form) => (
        <CitationForm
          key={form.key}
          id={`cite-${form.key}`}
          label={form.label}
          value={form.value}
        />
      ))}
    </section>
  );
}

function CitationForm({ id, label, value }: { id: string; label: string; value: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false), // no clipboard (permission, insecure origin): select and copy by hand
    );
  return (
    <div className="citation">
      <h3 id={id}>{label}</h3>
      <pre tabIndex={0} aria-labelledby={id} lang="en">
        {value}
      </pre>
      <button type="button" className="button secondary" onClick={copy}>
        {t('portal.cite.copy', { form: label })}
      </button>
      <span role="status" className="hint">
        {copied === true && t('portal.cite.copied')}
        {copied === false && t('portal.cite.copyFailed')}
      </span>
    </div>
  );
}
