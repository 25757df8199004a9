// Messages of the 'teach' area in English: the source of its keys (see ../index.ts). Split by
// topic into sub-folders, each with one file per language that must match its English file.
import ui from './ui/en';
import explain from './explain/en';
import glossary from './glossary/en';
import templates from './templates/en';

export default { ...ui, ...explain, ...glossary, ...templates } as const;
