package com.servicedesk.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts for the reports, drawn with JFreeChart into opaque RGB images (PDF/A-1 allows no
 * transparency) with the reports' own embedded font, at twice the printed resolution.
 */
public final class Charts {

    /** One bar series: its name and one value per category. */
    public record Series(String name, List<? extends Number> values) {
    }

    private static final Color[] PALETTE = {new Color(0x1F3A5F), new Color(0x4A90C2), new Color(0xE0A526),
            new Color(0x2E8B57), new Color(0xC0392B)};
    private static final String FONT_FILE = "/com/github/xingfudeshi/fonts/思源黑体正常_0.ttf";
    private static volatile Font baseFont;

    private Charts() {
    }

    /** A grouped bar chart, width × height points (drawn at twice that in pixels). */
    public static BufferedImage bars(List<String> categories, List<Series> series, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(s.values().get(i), s.name(), categories.get(i));
            }
        }
        Font font = font();
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(font.deriveFont(9f));
        NumberAxis y = new NumberAxis();
        y.setTickLabelFont(font.deriveFont(9f));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD5DBE3));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, font, plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font.deriveFont(9f));
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(2, 2);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font font() {
        Font font = baseFont;
        if (font == null) {
            try (InputStream in = Charts.class.getResourceAsStream(FONT_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("the reports' font is not on the class path: " + FONT_FILE);
                }
                font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(9f);
                baseFont = font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        return font;
    }
}
