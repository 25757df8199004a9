import type { AreaMessages } from '../../types';
import type en from './en';
import ui from './ui/de';
import explain from './explain/de';
import glossary from './glossary/de';
import templates from './templates/de';

export default { ...ui, ...explain, ...glossary, ...templates } satisfies AreaMessages<typeof en>;
