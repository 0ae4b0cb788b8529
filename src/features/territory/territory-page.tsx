// Being built in this change (issue 5); replaced by the real view.
export default function Page() {
  return null;
}
