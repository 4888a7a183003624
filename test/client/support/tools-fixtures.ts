import { fireEvent, screen, waitFor } from '@testing-library/react';

/** The tool's text field by its name (NutUI renders it after the first paint). */
export const toolInput = (container: HTMLElement, name: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  });

export const typeInto = async (container: HTMLElement, name: string, value: string) =>
  fireEvent.input(await toolInput(container, name), { target: { value } });

/** The value cell and whole text of the part labelled `label` (SC and credit-code parts). */
export const toolPart = (label: string) => {
  const cell = screen.getByText(label).closest('.nut-cell');
  return {
    value: cell?.querySelector('.tool__part-value')?.textContent,
    text: cell?.textContent ?? '',
  };
};
