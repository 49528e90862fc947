import type { AboutData } from '../../../geo/schema/about-schema';
import { TermText } from '../glossary/term-text';
import { AboutSources } from './about-sources';

const KIND_NOTE = {
  fact: undefined,
  reasoning: 'Reasoning of this edition',
  guide: 'How this map draws it',
} as const;

function Paragraph({ paragraph }: { paragraph: AboutData['sections'][number]['paragraphs'][number] }) {
  const note = KIND_NOTE[paragraph.kind];
  return (
    <>
      <p className={`about-paragraph kind-${paragraph.kind}`}>
        {note !== undefined && <span className="about-kind">{note}: </span>}
        <TermText text={paragraph.text} />
      </p>
      <AboutSources sources={paragraph.sources} />
    </>
  );
}

export function AboutContent({ about }: { about: AboutData }) {
  return (
    <>
      <nav aria-label="Sections of the introduction" className="about-toc">
        <ul>
          {about.sections.map((section) => (
            <li key={section.id}>
              <a href={`#about-${section.id}`}>{section.heading}</a>
            </li>
          ))}
          <li>
            <a href="#about-glossary">Glossary</a>
          </li>
        </ul>
      </nav>
      {about.sections.map((section) => (
        <section key={section.id} id={`about-${section.id}`}>
          <h3 id={`about-${section.id}-heading`}>{section.heading}</h3>
          {section.numbered ? (
            <ol className="about-steps">
              {section.paragraphs.map((paragraph) => (
                <li key={paragraph.id}>
                  <Paragraph paragraph={paragraph} />
                </li>
              ))}
            </ol>
          ) : (
            section.paragraphs.map((paragraph) => <Paragraph key={paragraph.id} paragraph={paragraph} />)
          )}
        </section>
      ))}
      <section id="about-glossary">
        <h3 id="about-glossary-heading">Glossary</h3>
        <dl className="about-glossary">
          {about.glossary.map((term) => (
            <div key={term.id}>
              <dt>{term.term}</dt>
              <dd>
                {term.note}
                <AboutSources sources={term.sources} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
