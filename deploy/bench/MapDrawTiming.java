import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the console's Map page in Debian's headless Chromium for deploy/bench/map-scale.sh: how long the page takes to
 * load and draw the newest map (points and colouring fetched, parsed, indexed, drawn), then 60 zoom steps, one per
 * animation frame, each redrawing every point (a pan step redraws the same way): the time each step's handler takes,
 * and the intervals between frames, which stay at the display's 16.7 ms while drawing keeps up. Then the same after
 * colouring by a field's terms. A single-file program: run with the deploy module's test class path.
 *
 * <p>Usage: {@code java -cp CLASSPATH MapDrawTiming.java BASE_URL USER PASSWORD [FIELD]}
 */
public class MapDrawTiming {

    private static final String ZOOM_STEPS = """
            var done = arguments[arguments.length - 1];
            var canvas = document.getElementById('map-canvas'), box = canvas.getBoundingClientRect();
            var handler = [], frames = [], last = null, k = 0;
            function step(now) {
              if (last !== null) { frames.push(now - last); }
              last = now;
              var t0 = performance.now();
              canvas.dispatchEvent(new WheelEvent('wheel', {deltaY: k < 30 ? -60 : 60, bubbles: true, cancelable: true,
                clientX: box.left + box.width * 0.4, clientY: box.top + box.height * 0.6}));
              handler.push(performance.now() - t0);
              if (++k < 60) { requestAnimationFrame(step); } else { done({handler: handler, frames: frames}); }
            }
            requestAnimationFrame(step);
            """;

    public static void main(String[] args) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("map-bench-chromium"));
        WebDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(),
                options);
        try {
            Map<?, ?> caps = ((ChromeDriver) browser).getCapabilities().asMap();
            System.out.println("Chromium " + caps.get("browserVersion") + " (headless, software rendering)");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(3));
            browser.get(args[0] + "/login.xhtml");
            wait.until(d -> d.findElement(By.id("login:username"))).sendKeys(args[1]);
            browser.findElement(By.id("login:password")).sendKeys(args[2]);
            browser.findElement(By.id("login:login-button")).click();
            wait.until(d -> d.getCurrentUrl().contains("index.xhtml"));

            long start = System.nanoTime();
            browser.get(args[0] + "/map.xhtml");
            wait.until(d -> "true".equals(d.findElement(By.id("collection-map")).getAttribute("data-ready")));
            System.out.printf(
                    "%s points loaded and drawn in %.2f s (page request to the map drawn, polled every 50 ms)%n",
                    browser.findElement(By.id("collection-map")).getAttribute("data-points"),
                    (System.nanoTime() - start) / 1e9);
            report("zoom, coloured by nothing", browser);
            if (args.length > 3) {
                ((JavascriptExecutor) browser).executeScript("var s = document.getElementById('map-colour');"
                        + " s.value = 'terms:' + arguments[0]; s.dispatchEvent(new Event('change'));", args[3]);
                wait.until(d -> "true".equals(d.findElement(By.id("collection-map")).getAttribute("data-ready")));
                report("zoom, coloured by " + args[3] + "'s terms", browser);
            }
        } finally {
            browser.quit();
        }
    }

    private static void report(String what, WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('map-reset').click();");
        Map<?, ?> timing = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript(ZOOM_STEPS);
        double[] handler = numbers(timing.get("handler"));
        double[] frames = numbers(timing.get("frames"));
        System.out.printf(
                "%s: redraw %.1f ms mean, %.1f ms p95 (60 steps); frame interval %.1f ms mean, %.1f ms p95, %.0f frames/s%n",
                what, mean(handler), p95(handler), mean(frames), p95(frames), 1000 / mean(frames));
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }
}
