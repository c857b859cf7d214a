// SPDX-License-Identifier: MIT
// Renders the application's SVG icon to the PNG sizes that desktop environments and the
// Windows installer want, at build time, so that the SVG stays the only source.
// Usage: cw_render_icon SOURCE.svg OUTPUT.{png,ico} SIZE (the format follows the suffix)
#include <cstdio>

#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: cw_render_icon SOURCE.svg OUTPUT.png SIZE\n");
        return 2;
    }
    // The SVG image plugin needs an application object; offscreen needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int size = QByteArray(argv[3]).toInt();
    if (size <= 0) {
        std::fprintf(stderr, "cw_render_icon: size %s is not a positive number\n", argv[3]);
        return 2;
    }
    QImageReader reader(QString::fromLocal8Bit(argv[1]));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        std::fprintf(stderr, "cw_render_icon: cannot read %s: %s (is the Qt SVG image plugin installed?)\n",
                     argv[1], qPrintable(reader.errorString()));
        return 1;
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "cw_render_icon: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
