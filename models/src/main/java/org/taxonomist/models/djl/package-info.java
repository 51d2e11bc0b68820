/**
 * The engine package: the only one that uses DJL (Deep Java Library). It imports the bundled TF.js models (nsfwjs'
 * networks, Human's COCO detector) onto DJL's PyTorch engine, loads user-supplied TorchScript, ONNX and model-zoo
 * networks, trains MLP heads and runs heads over many rows at once, and starts the engines strictly offline. Its
 * backbones reach the rest through {@link DjlBackboneProvider}; results leave the package as plain float arrays, so no
 * other package touches DJL's types.
 */
package org.taxonomist.models.djl;
