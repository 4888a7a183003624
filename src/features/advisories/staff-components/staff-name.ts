/** A staff member as the record shows them; the reader's own name is marked （我）. */
export const staffName = (id: string, name: string, me: string | undefined) =>
  id === me ? `${name}（我）` : name;
