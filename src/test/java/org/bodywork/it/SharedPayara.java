package org.bodywork.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for every in-container test class of a run. The Payara Micro adapter boots a
 * server per deployment (10–17 s each, most of the suite's time); this one boots at the first
 * class's deployment, hands the same server to every later class, and stops it when the suite ends.
 *
 * <p>Every class deploys {@link Deployments#app()}, which holds the classes of all in-container
 * tests, so whichever class runs first, the server has what the others need. Tests isolate through
 * their own data (unique accounts, therapists and slots), not through fresh servers.
 */
public class SharedPayara extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(SharedPayara.class.getName());
    private static final AtomicInteger BOOTS = new AtomicInteger();

    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (metaData == null) {
            metaData = super.deploy(archive);
            deployed = archive;
            LOG.info("Shared Payara Micro booted (boot " + BOOTS.incrementAndGet() + " of this run)");
        } else if (!archive.getName().equals(deployed.getName())) {
            throw new DeploymentException("The shared server holds " + deployed.getName() + ", not " + archive.getName()
                    + ": deploy Deployments.app()");
        }
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept for the next class; stop() ends it with the suite.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (deployed == null) {
            return;
        }
        try {
            super.undeploy(deployed);
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        } finally {
            deployed = null;
            metaData = null;
        }
    }

    /** Puts {@link SharedPayara} in place of the adapter's own container. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayara.class);
        }
    }
}
