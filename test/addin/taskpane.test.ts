// The task pane shell: once Office is ready, the status line tells how to use the functions.
import { showReady } from "../../src/taskpane/taskpane";

describe("task pane shell", () => {
  it("replaces 'Loading…' with how to call the functions", () => {
    const status = { textContent: "Loading…" };
    const doc = { getElementById: (id: string) => (id === "status" ? status : null) } as unknown as Document;
    showReady(doc);
    expect(status.textContent).toBe("Type =CHARTER. in a cell to use the functions.");
  });
});
