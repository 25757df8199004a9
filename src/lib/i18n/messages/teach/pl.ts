import type { AreaMessages } from '../../types';
import type en from './en';
import ui from './ui/pl';
import explain from './explain/pl';
import glossary from './glossary/pl';
import templates from './templates/pl';

export default { ...ui, ...explain, ...glossary, ...templates } satisfies AreaMessages<typeof en>;
