/**
 * The rolling upgrade proof: the previous release's service jars (built once from the commit recorded in
 * {@code load-tests/previous-release}) run beside the current suite on the same databases and queues while load
 * runs and the processes are rolled from the old version to the new one; the fault matrix's checker then finds
 * nothing lost, unexpected, counted twice or dead-lettered. {@link io.leadflow.load.upgrade.RollingUpgrade} runs
 * it; {@code deploy/load/run --upgrade} is its command line.
 */
package io.leadflow.load.upgrade;
