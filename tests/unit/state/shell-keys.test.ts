// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fileCommand, historyCommand, isTypingTarget, shortcutLabel } from '$lib/ui/shell/keys';

const key = (k: string, mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>> = {}) => new KeyboardEvent('keydown', { key: k, ...mods });

describe('shell keyboard helpers', () => {
  it('maps Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y to undo/redo', () => {
    expect(historyCommand(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyCommand(key('z', { metaKey: true }))).toBe('undo');
    expect(historyCommand(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommand(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommand(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyCommand(key('z'))).toBeNull();
    expect(historyCommand(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyCommand(key('x', { ctrlKey: true }))).toBeNull();
  });

  it('maps Ctrl/Cmd+O and Ctrl/Cmd+S', () => {
    expect(fileCommand(key('o', { ctrlKey: true }))).toBe('open');
    expect(fileCommand(key('s', { metaKey: true }))).toBe('save');
    expect(fileCommand(key('s', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(fileCommand(key('s'))).toBeNull();
  });

  it('knows when the user is typing', () => {
    document.body.innerHTML = `
      <input id="text" /><input id="check" type="checkbox" /><textarea id="area"></textarea>
      <select id="sel"></select><div id="edit" contenteditable="true"><span id="inner">x</span></div>
      <button id="btn">b</button>`;
    const el = (id: string) => document.getElementById(id);
    expect(isTypingTarget(el('text'))).toBe(true);
    expect(isTypingTarget(el('area'))).toBe(true);
    expect(isTypingTarget(el('sel'))).toBe(true);
    expect(isTypingTarget(el('inner'))).toBe(true);
    expect(isTypingTarget(el('check'))).toBe(false);
    expect(isTypingTarget(el('btn'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('labels shortcuts for the platform', () => {
    expect(shortcutLabel('Z')).toMatch(/^(Ctrl\+Z|⌘Z)$/);
    expect(shortcutLabel('Z', { shift: true })).toMatch(/^(Ctrl\+Shift\+Z|⇧⌘Z)$/);
  });
});
