package nnwb.ui.internal.startup;

import java.awt.SplashScreen;

/**
 * The image that the JVM draws before it runs any Java code when the start script passes {@code -splash:splash.png}
 * (the product has no native launcher, so the platform's own splash cannot show). Only its native window is touched:
 * closing it loads no AWT toolkit.
 */
final class JvmSplash {

    private JvmSplash() {
    }

    /** Closes the JVM's splash image if it shows; marks {@code jvm_splash_closed} then. Nothing without one. */
    static void close() {
        try {
            SplashScreen s = SplashScreen.getSplashScreen();
            if (s != null && s.isVisible()) {
                s.close();
                StartupReport.mark("jvm_splash_closed");
            }
        } catch (RuntimeException | LinkageError e) {
            // headless, or no splash library: there is no image to close
        }
    }
}
