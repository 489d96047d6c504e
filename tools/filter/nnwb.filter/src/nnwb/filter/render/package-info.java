/** How filter values become pixels: colour maps (diverging for signed values) and the rendering of images. */
package nnwb.filter.render;
