export async function startDiscord(..._args: unknown[]): Promise<void> { throw new Error("not yet"); }
