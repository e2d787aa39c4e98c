/** A group of radio buttons, one labelled row each, for choosing one of a setting's values. */
export function RadioChoices<T extends string>({
  name,
  value,
  choices,
  onChoose,
}: {
  name: string;
  value: T;
  choices: readonly (readonly [T, string])[];
  onChoose(value: T): void;
}) {
  return (
    <>
      {choices.map(([choice, label]) => (
        <label class="row" key={choice}>
          <input type="radio" name={name} checked={value === choice} onChange={() => onChoose(choice)} />
          {label}
        </label>
      ))}
    </>
  );
}
